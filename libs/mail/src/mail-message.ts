export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailMessage extends RenderedMail {
  to: string;
  headers?: Record<string, string>;
}
