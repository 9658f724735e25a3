import { HttpError } from '../http/httpError.js';
import { publicRoute, workspaceRoute, type Route } from '../http/route.js';
import { placeholderMedia } from '../media/placeholder.js';
import { getConversation } from '../store/conversations.js';

/**
 * Media, as Bird's media host serves it (bird-api.md §7): the media URL needs the access key and
 * answers 302 with a pre-signed storage URL valid for 900 s, which needs no credentials. Uploaded
 * files are served as uploaded; seeded media ids get a placeholder of their type (a real PNG for
 * images, so a browser renders it).
 */
export const mediaRoutes: readonly Route[] = [
  workspaceRoute(
    'GET',
    '/conversations/{conversationId}/media/{mediaId}',
    ({ ws, store, baseUrl, media }, { conversationId, mediaId }) => {
      const upload = store.uploads.lookup(ws.id, conversationId, mediaId);
      if (upload === 'pending') throw new HttpError(404, 'NotFound', 'Media not found');
      if (upload === undefined) getConversation(ws, conversationId);
      const path = `${ws.id}/${conversationId}/${encodeURIComponent(mediaId)}`;
      return {
        status: 302,
        headers: { location: `${baseUrl}/presigned-media/${path}?${media.sign(path, Date.now())}` },
      };
    },
  ),

  publicRoute(
    'GET',
    '/presigned-media/{workspaceId}/{conversationId}/{mediaId}',
    ({ store, query, media }, { workspaceId, conversationId, mediaId }) => {
      const path = `${workspaceId}/${conversationId}/${encodeURIComponent(mediaId)}`;
      if (!media.verify(path, query.expires, query.signature, Date.now())) {
        throw new HttpError(403, 'AccessDenied', 'The signature is invalid or has expired');
      }
      const upload = store.uploads.lookup(workspaceId, conversationId, mediaId);
      const file =
        upload === undefined || upload === 'pending'
          ? { ...placeholderMedia(mediaId), filename: mediaId }
          : upload;
      return {
        status: 200,
        body: file.bytes,
        headers: {
          'content-type': file.contentType,
          'content-disposition': `inline; filename="${file.filename.replace(/"/g, '')}"`,
          'cache-control': 'private, max-age=900',
        },
      };
    },
  ),
];
