import { createRoute } from '@hono/zod-openapi';
import { publicUser, requireUser } from '../../lib/access';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import { AuthResult, LoginBody, SignupBody } from './schemas';
import { login, logout, signup } from './service';

export const authRoutes = createRouter();

const signupRoute = createRoute({
  method: 'post',
  path: '/v1/auth/signup',
  tags: ['auth'],
  summary: 'Create an account in this tenant and start a session',
  request: jsonBody(SignupBody),
  responses: { 201: jsonResponse(AuthResult, 'Signed up'), ...errorResponses },
});

authRoutes.openapi(signupRoute, async (c) => {
  const input = c.req.valid('json');
  const result = await signup(serviceContext(c), input, c.var.deps.config.SESSION_TTL_DAYS);
  return c.json(
    { user: publicUser(result.user), token: result.token, expiresAt: result.expiresAt.toISOString() },
    201,
  );
});

const loginRoute = createRoute({
  method: 'post',
  path: '/v1/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password',
  request: jsonBody(LoginBody),
  responses: { 200: jsonResponse(AuthResult, 'Signed in'), ...errorResponses },
});

authRoutes.openapi(loginRoute, async (c) => {
  const { email, password } = c.req.valid('json');
  const result = await login(serviceContext(c), email, password, c.var.deps.config.SESSION_TTL_DAYS);
  return c.json(
    { user: publicUser(result.user), token: result.token, expiresAt: result.expiresAt.toISOString() },
    200,
  );
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/v1/auth/logout',
  tags: ['auth'],
  summary: 'End the current session',
  responses: { 204: { description: 'Signed out' }, ...errorResponses },
});

authRoutes.openapi(logoutRoute, async (c) => {
  const actor = requireUser(c.var.actor);
  await logout(serviceContext(c), actor.sessionId);
  return c.body(null, 204);
});
