import type { BirdMessageBody, BirdMessageStatus, BirdMessageTemplate } from '../types.js';
import type { ChannelRecord } from './records.js';

/**
 * The `lastMessage.preview.text` Bird shows for a body: the text of text bodies, the plain text (or
 * the tag-stripped HTML) of html bodies, and "Message type '<type>' was sent." for every other type
 * (the wording of the seed's WhatsApp template response).
 */
export function previewOf(body: BirdMessageBody): string {
  switch (body.type) {
    case 'text':
      return body.text.text;
    case 'html':
      return body.html.text ?? stripHtml(body.html.html ?? '');
    default:
      return `Message type '${body.type}' was sent.`;
  }
}

function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a template message looks like once Bird has rendered it. In the seeds an email template
 * became an `html` message with an empty preview and a WhatsApp template a `list` message, so the
 * simulator renders templates the same way per platform; the content is a readable stand-in.
 */
export function renderTemplate(
  template: BirdMessageTemplate,
  channel: ChannelRecord | null,
): { body: BirdMessageBody; preview: string } {
  const name = template.name ?? `template ${template.projectId.slice(0, 8)}`;
  const values = (template.parameters ?? []).map(
    (parameter) => `${parameter.key}: ${parameter.value}`,
  );
  if (channel?.platform === 'email') {
    const items = values.map((value) => `<li>${value}</li>`).join('');
    return {
      body: { type: 'html', html: { html: `<h1>${name}</h1><ul>${items}</ul>` } },
      preview: '',
    };
  }
  const body: BirdMessageBody = {
    type: 'list',
    list: {
      text: values.length > 0 ? `${name} (${values.join(', ')})` : name,
      items: [],
    },
  };
  return { body, preview: previewOf(body) };
}

/**
 * Failure details next to `reason`. §7 names e-mail categories (bounceHard, policyRejection, ...);
 * the other channels' categories are the simulator's own.
 */
export function failureDetails(
  status: BirdMessageStatus,
  platform: ChannelRecord['platform'],
): Record<string, string> | null {
  if (status === 'sending_failed')
    return { category: platform === 'email' ? 'policyRejection' : 'channelRejection' };
  if (status === 'delivery_failed')
    return { category: platform === 'email' ? 'bounceHard' : 'recipientUnreachable' };
  return null;
}
