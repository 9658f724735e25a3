import { createHash, randomUUID } from 'node:crypto';
import type { UploadRecord } from './records.js';
import { StoreError, notFound } from './storeError.js';

/** Bird's documented per-file limit for pre-signed uploads. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** A file received by the upload endpoint. */
export interface UploadedFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename: string;
}

/**
 * Pre-signed upload slots and the uploaded media. Slots live outside the workspaces because the
 * upload URL, like Bird's S3 URL, carries no workspace credentials: the form fields authorise it.
 */
export class UploadRegistry {
  readonly #uploads = new Map<string, UploadRecord>();
  readonly #media = new Map<string, UploadRecord>();

  /** Reserves a slot; the caller builds URLs from the returned ids. */
  create(workspaceId: string, conversationId: string, contentType: string): UploadRecord {
    const id = randomUUID();
    const mediaId = randomUUID();
    const key = `workspaces/${workspaceId}/conversations/${conversationId}/media/${mediaId}`;
    const upload: UploadRecord = {
      id,
      workspaceId,
      conversationId,
      mediaId,
      contentType,
      // Shaped like an S3 POST policy; only `key` and the signature are checked on upload.
      formData: {
        key,
        'Content-Type': contentType,
        'x-amz-algorithm': 'AWS4-HMAC-SHA256',
        'x-amz-credential': `SIMULATOR/${new Date().toISOString().slice(0, 10).replace(/-/g, '')}/local/s3/aws4_request`,
        'x-amz-date': new Date()
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
        policy: Buffer.from(JSON.stringify({ key, contentType })).toString('base64'),
        'x-amz-signature': createHash('sha256').update(id).digest('hex'),
      },
      file: null,
    };
    this.#uploads.set(id, upload);
    this.#media.set(mediaId, upload);
    return upload;
  }

  /**
   * Stores the bytes posted to a slot. Every form field of the slot must be echoed unchanged, as S3
   * requires for a POST policy; otherwise the upload is refused like S3 would (403).
   */
  complete(uploadId: string, fields: ReadonlyMap<string, string>, file: UploadedFile): void {
    const upload = this.#uploads.get(uploadId);
    if (upload === undefined) throw notFound('Upload');
    for (const [name, expected] of Object.entries(upload.formData)) {
      if (fields.get(name) !== expected) {
        throw new StoreError(
          'forbidden',
          'AccessDenied',
          `Form field '${name}' is missing or does not match the policy`,
        );
      }
    }
    if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
      throw new StoreError(
        'invalid',
        'EntityTooLarge',
        'The file exceeds the maximum upload size of 100 MiB',
      );
    }
    upload.file = file;
  }

  /**
   * The file behind a media id of this workspace and conversation: the bytes once uploaded,
   * `pending` while the slot waits for its upload, undefined when no slot has that id.
   */
  lookup(
    workspaceId: string,
    conversationId: string,
    mediaId: string,
  ): UploadedFile | 'pending' | undefined {
    const upload = this.#media.get(mediaId);
    if (upload?.workspaceId !== workspaceId || upload.conversationId !== conversationId) {
      return undefined;
    }
    return upload.file ?? 'pending';
  }

  clear(): void {
    this.#uploads.clear();
    this.#media.clear();
  }
}
