import { z } from '@hono/zod-openapi';
import { LOCALES, SELF_SERVICE_ROLES } from '../../../schema/enums';

export const UserSchema = z
  .object({
    id: z.string().openapi({ example: 'usr_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    email: z.string().email().openapi({ example: 'li.wei@example.cn' }),
    name: z.string().openapi({ example: '李伟' }),
    locale: z.enum(LOCALES).openapi({ example: 'zh' }),
    isPlatformAdmin: z.boolean(),
    createdAt: z.string().openapi({ example: '2026-11-26T08:00:00.000Z' }),
  })
  .openapi('User');

const email = z
  .string()
  .trim()
  .toLowerCase()
  .email()
  .max(254)
  .openapi({ example: 'li.wei@example.cn', description: 'Login email; stored lower-case.' });

export const SignupBody = z
  .strictObject({
    email,
    password: z
      .string()
      .min(8)
      .max(200)
      .openapi({ example: 'correct-horse-battery', description: '8–200 characters.' }),
    name: z.string().trim().min(1).max(100).openapi({ example: '李伟' }),
    locale: z.enum(LOCALES).optional().openapi({ example: 'zh' }),
    roles: z
      .array(z.enum(SELF_SERVICE_ROLES))
      .min(1)
      .max(3)
      .optional()
      .openapi({
        example: ['buyer'],
        description: 'Roles to take in this tenant (default buyer). Others are granted by an admin.',
      }),
  })
  .openapi('SignupRequest');

export const LoginBody = z
  .strictObject({
    email,
    password: z.string().min(1).max(200).openapi({ example: 'correct-horse-battery' }),
  })
  .openapi('LoginRequest');

export const AuthResult = z
  .object({
    user: UserSchema,
    token: z
      .string()
      .openapi({ description: 'Session token: send as `Authorization: Bearer <token>`. Shown once.' }),
    expiresAt: z.string(),
  })
  .openapi('AuthResult');
