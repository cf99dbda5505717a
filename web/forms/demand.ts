import type { Demand } from '../../schema/types';
import { CreateDemandBody } from '../../worker/modules/demands/schemas';
import { minorToWan } from '../i18n/index';
import { type FormValues, list, many, one, optional, wan } from './values';

/** The posted form as the API's body; validated with the API's own schema (CreateDemandBody). */
export function demandBodyFromForm(v: FormValues) {
  return {
    titleZh: one(v, 'titleZh'),
    titleEn: optional(v, 'titleEn'),
    descriptionZh: one(v, 'descriptionZh'),
    sector: optional(v, 'sector'),
    keywords: list(v, 'keywords'),
    budgetMin: wan(v, 'budgetMin'),
    budgetMax: wan(v, 'budgetMax'),
    deadline: optional(v, 'deadline'),
    modes: many(v, 'modes'),
    region: optional(v, 'region'),
  };
}

export const parseDemandForm = (v: FormValues) => CreateDemandBody.safeParse(demandBodyFromForm(v));

export function demandToForm(d: Demand): FormValues {
  return {
    titleZh: d.titleZh,
    titleEn: d.titleEn ?? '',
    descriptionZh: d.descriptionZh,
    sector: d.sector,
    keywords: d.keywords.join('，'),
    budgetMin: minorToWan(d.budgetMin),
    budgetMax: minorToWan(d.budgetMax),
    deadline: d.deadline ?? '',
    modes: d.modes,
    region: d.region ?? '',
    version: String(d.version),
  };
}
