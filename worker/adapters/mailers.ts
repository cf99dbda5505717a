import type { Logger, Mailer, MailMessage } from '../ports';

/** The embedded mailer: writes each message to the log, so a local market needs no SMTP. */
export function logMailer(logger: Logger): Mailer {
  return {
    async send(message) {
      logger.info('mail', { to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/** Keeps messages for tests to read. */
export function memoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
