import { MailMessage, renderMailLayout } from '@app/mail';

export function renderPasswordResetMail(to: string, name: string, resetUrl: string): MailMessage {
  return {
    to,
    ...renderMailLayout({
      subject: 'Reset your Job Board password',
      heading: `Hi ${name}, reset your password`,
      paragraphs: [
        'Someone (hopefully you) asked to reset the password of your Job Board account.',
        'The link below works once and expires in one hour. Resetting signs you out on every device.',
      ],
      action: { label: 'Choose a new password', url: resetUrl },
      footer: 'If you did not ask for this, ignore this mail: your password stays as it is.',
    }),
  };
}
