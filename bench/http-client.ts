import http from 'node:http';

/** An HTTP answer: status, headers and the body as text. */
export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface HttpRequest {
  method?: string;
  cookie?: string;
  json?: unknown;
  body?: Buffer;
  contentType?: string;
}

/**
 * A minimal keep-alive HTTP client for the benchmark: node's own `http` with one socket per
 * concurrent worker, so the client costs little next to the server it measures.
 */
export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    readonly baseUrl: string,
    sockets = 32,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** Sends one request and reads the whole answer. */
  request(path: string, options: HttpRequest = {}): Promise<HttpAnswer> {
    const body = options.json !== undefined ? Buffer.from(JSON.stringify(options.json)) : options.body;
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    if (options.cookie) headers.cookie = options.cookie;
    if (body) {
      headers['content-type'] = options.json !== undefined ? 'application/json' : options.contentType;
      headers['content-length'] = body.length;
    }
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${this.baseUrl}${path}`,
        { method: options.method ?? (body ? 'POST' : 'GET'), headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Like `request`, but fails unless the status is the expected one; answers the parsed JSON body. */
  async expect<T = unknown>(status: number, path: string, options: HttpRequest = {}): Promise<T> {
    const answer = await this.request(path, options);
    if (answer.status !== status)
      throw new Error(`${options.method ?? 'GET'} ${path}: ${answer.status} ${answer.text.slice(0, 300)}`);
    return (answer.text ? JSON.parse(answer.text) : undefined) as T;
  }

  close() {
    this.agent.destroy();
  }
}

/** Signs in through the real endpoint; answers the Cookie header. */
export async function signInOver(client: HttpClient, email: string, password: string): Promise<string> {
  const answer = await client.request('/api/v1/auth/login', { json: { email, password } });
  if (answer.status !== 200) throw new Error(`sign-in as ${email} failed: ${answer.status} ${answer.text}`);
  const cookies = answer.headers['set-cookie'] ?? [];
  return cookies.map((c) => c.split(';')[0]).join('; ');
}

/** A multipart/form-data body with one file part named `file`. */
export function multipartFile(fileName: string, content: Buffer, contentType: string) {
  const boundary = `----jastar-bench-${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
