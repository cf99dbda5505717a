import type { Context } from 'hono';
import type { AppEnv } from '../worker/env';
import type { Translator } from './i18n/index';

/** The web pages' environment: the app's, plus the reader's translator and the CSP nonce. */
export interface WebEnv {
  Bindings: AppEnv['Bindings'] & { ASSETS?: { fetch(request: Request): Promise<Response> } };
  Variables: AppEnv['Variables'] & { t: Translator; secureHeadersNonce?: string };
}

export type WebContext = Context<WebEnv>;
