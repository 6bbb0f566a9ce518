export {
  EmailSimulator,
  HttpSmsGateway,
  SmsSimulator,
  SmtpEmail,
  type EmailMessage,
  type EmailPort,
  type SmsMessage,
  type SmsPort,
} from './channels.ts';
export {
  contactOf,
  languageOf,
  normalizeEmail,
  normalizePhone,
  type Contact,
  type Lang,
} from './contacts.ts';
export { DEFAULT_RETRY, dispatch, type OutboxMessage, type OutboxRow, type RetryPolicy } from './outbox.ts';
export { applicationMessages, complaintMessages, NotificationService } from './service.ts';
