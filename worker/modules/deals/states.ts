import type { DealState } from '../../../schema/deals';
import type { MilestoneState } from '../../../schema/deals-milestones';

// The deal state machine of design.md:
//   inquiry → negotiating → agreed → signed → in_progress → completed
//   agreed → negotiating (a new offer reopens the terms; the contract then needs new signatures)
//   inquiry | negotiating | agreed | signed → cancelled   (before any money moved)
//   in_progress → cancelled   (admin or seller, no milestone accepted: the escrow goes back to the buyer)
//   signed | in_progress → disputed → (resume) the state it interrupted | refunded
//   in_progress | completed → refunded   (every paid milestone refunded at the provider)

export type DealAction =
  | 'negotiate'
  | 'reopen'
  | 'agree'
  | 'sign'
  | 'start'
  | 'complete'
  | 'cancel'
  | 'dispute'
  | 'resume'
  | 'refund';

export interface DealStep {
  from: readonly DealState[];
  to: DealState | 'previous';
  topic: string;
}

export const DEAL_STEPS: Record<DealAction, DealStep> = {
  negotiate: { from: ['inquiry'], to: 'negotiating', topic: 'deal.negotiating' },
  reopen: { from: ['agreed'], to: 'negotiating', topic: 'deal.reopened' },
  agree: { from: ['negotiating'], to: 'agreed', topic: 'deal.agreed' },
  sign: { from: ['agreed'], to: 'signed', topic: 'deal.signed' },
  start: { from: ['signed'], to: 'in_progress', topic: 'deal.started' },
  complete: { from: ['in_progress'], to: 'completed', topic: 'deal.completed' },
  cancel: {
    from: ['inquiry', 'negotiating', 'agreed', 'signed', 'in_progress'],
    to: 'cancelled',
    topic: 'deal.cancelled',
  },
  dispute: { from: ['signed', 'in_progress'], to: 'disputed', topic: 'deal.disputed' },
  resume: { from: ['disputed'], to: 'previous', topic: 'deal.resumed' },
  refund: { from: ['disputed', 'in_progress', 'completed'], to: 'refunded', topic: 'deal.refunded' },
};

/** States in which offers may be made (a new offer on an agreed deal reopens it). */
export const NEGOTIABLE_STATES: readonly DealState[] = ['inquiry', 'negotiating', 'agreed'];
/** States in which milestones move. */
export const EXECUTING_STATES: readonly DealState[] = ['signed', 'in_progress'];

// Milestones: pending → awaiting_payment → paid → delivered → accepted,
//             delivered → changes_requested → delivered, paid|delivered|changes_requested|accepted → refunded.
export type MilestoneAction = 'pay' | 'paid' | 'deliver' | 'accept' | 'request_changes' | 'refund';

export const MILESTONE_STEPS: Record<
  MilestoneAction,
  { from: readonly MilestoneState[]; to: MilestoneState }
> = {
  pay: { from: ['pending', 'awaiting_payment'], to: 'awaiting_payment' },
  paid: { from: ['pending', 'awaiting_payment'], to: 'paid' },
  deliver: { from: ['paid', 'changes_requested'], to: 'delivered' },
  accept: { from: ['delivered'], to: 'accepted' },
  request_changes: { from: ['delivered'], to: 'changes_requested' },
  refund: {
    from: ['awaiting_payment', 'paid', 'delivered', 'changes_requested', 'accepted'],
    to: 'refunded',
  },
};
