import type { Problem } from '../../../shared/errors';
import { ApiError } from '../../lib/api';

export interface UploadCallbacks {
  /** Share of the file sent so far, 0–100. */
  onProgress: (percent: number) => void;
  /** The whole file has reached the server; it is now checking it. */
  onUploaded: () => void;
}

/**
 * Posts one file as multipart/form-data and reports real upload progress (fetch cannot report
 * request-body progress; XMLHttpRequest can). Resolves with the JSON answer; a non-2xx answer
 * rejects with an ApiError carrying the server's problem+json.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  { onProgress, onUploaded }: UploadCallbacks,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    // The server answers row errors in the language the UI shows.
    xhr.setRequestHeader('accept-language', document.documentElement.lang || 'kk');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => {
      onProgress(100);
      onUploaded();
    };
    xhr.onload = () => {
      const body = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else
        reject(
          new ApiError(
            body && typeof body === 'object' && 'code' in body
              ? (body as Problem)
              : { type: 'about:blank', title: xhr.statusText, status: xhr.status, code: 'internal' },
          ),
        );
    };
    xhr.onerror = () =>
      reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'internal' }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
