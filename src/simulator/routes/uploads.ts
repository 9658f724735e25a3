import { HttpError } from '../http/httpError.js';
import { publicRoute, workspaceRoute, type Route } from '../http/route.js';
import { parseMultipart } from '../http/multipart.js';
import { parseBody } from '../http/validation.js';
import { presignedUploadSchema } from '../schemas/message.js';
import { getConversation } from '../store/conversations.js';
import type { BirdPresignedUpload } from '../types.js';

/**
 * Pre-signed uploads. Bird hands out an S3 POST URL and a media URL on media.api.bird.com; the
 * simulator hands out its own `/uploads/{uploadId}` (multipart POST, answered 204 like S3, the form
 * fields authorise it) and a media URL on its own origin with Bird's media path (see media.ts).
 */
export const uploadRoutes: readonly Route[] = [
  workspaceRoute(
    'POST',
    '/conversations/{conversationId}/presigned-upload',
    ({ ws, body, baseUrl, store }, params) => {
      const conversation = getConversation(ws, params.conversationId);
      const { contentType } = parseBody(presignedUploadSchema, body);
      const upload = store.uploads.create(ws.id, conversation.id, contentType);
      const answer: BirdPresignedUpload = {
        mediaUrl: `${baseUrl}/workspaces/${ws.id}/conversations/${conversation.id}/media/${upload.mediaId}`,
        uploadUrl: `${baseUrl}/uploads/${upload.id}`,
        uploadMethod: 'POST',
        uploadFormData: { ...upload.formData },
      };
      return { status: 200, body: answer };
    },
  ),

  publicRoute(
    'POST',
    '/uploads/{uploadId}',
    ({ headers, rawBody, store }, { uploadId }) => {
      const contentType = headers['content-type'] ?? '';
      if (!/^multipart\/form-data\b/i.test(contentType)) {
        throw new HttpError(400, 'InvalidPayload', 'The upload must be a multipart/form-data POST');
      }
      const parts = parseMultipart(rawBody, contentType);
      if (parts === null)
        throw new HttpError(400, 'InvalidPayload', 'The multipart body could not be parsed');
      const fields = new Map<string, string>();
      for (const part of parts) {
        if (part.filename === null) fields.set(part.name, Buffer.from(part.data).toString('utf8'));
      }
      const file = parts.find((part) => part.name === 'file' && part.filename !== null);
      if (file === undefined)
        throw new HttpError(400, 'InvalidPayload', "The form has no 'file' part");
      store.uploads.complete(uploadId, fields, {
        bytes: new Uint8Array(file.data),
        contentType: fields.get('Content-Type') ?? file.contentType ?? 'application/octet-stream',
        filename: file.filename ?? 'file',
      });
      return { status: 204 };
    },
    'raw',
  ),
];
