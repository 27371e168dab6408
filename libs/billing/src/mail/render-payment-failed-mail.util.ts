import { renderMailLayout, RenderedMail } from '@app/mail';

/** "Update your card": sent once per failed invoice payment attempt. */
export function renderPaymentFailedMail(input: { name: string; updateCardUrl: string; attemptCount: number }): RenderedMail {
  return renderMailLayout({
    subject: 'Your Plus payment failed: please update your card',
    heading: 'We could not charge your card',
    paragraphs: [
      `Hi ${input.name},`,
      `The payment for your Job Board Plus subscription did not go through (attempt ${input.attemptCount}).`,
      'We will try again over the next few days. To keep Plus without interruption, please update your card.',
    ],
    action: { label: 'Update your card', url: input.updateCardUrl },
    footer: 'You receive this email because you subscribe to Job Board Plus.',
  });
}
