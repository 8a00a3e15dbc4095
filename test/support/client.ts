import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** A file for `TestClient.upload`. */
export interface UploadFile {
  name: string;
  content: string | Uint8Array;
  type?: string;
}

/**
 * A cookie-keeping client for `app.inject`, as a browser without JavaScript would act: it keeps
 * cookies, and `submit` posts a form with the CSRF token of the last page it loaded.
 */
export class TestClient {
  readonly app: FastifyInstance;
  readonly cookies = new Map<string, string>();
  lastBody = '';
  /** The address the requests come from (`request.ip`); light-my-request's default when unset. */
  remoteAddress: string | undefined;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  #cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  #from(): { remoteAddress?: string } {
    return this.remoteAddress ? { remoteAddress: this.remoteAddress } : {};
  }

  #keep(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired =
        c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.#cookieHeader() },
      ...this.#from(),
    });
    this.#keep(res);
    this.lastBody = res.body;
    return res;
  }

  /** The CSRF token in the last page's forms. */
  csrf(): string {
    const token = /name="_csrf" value="([^"]+)"/.exec(this.lastBody)?.[1];
    if (!token) throw new Error('the last page has no form with a CSRF token');
    return token;
  }

  /** Posts a form as a browser would, with the last page's CSRF token unless told otherwise. */
  async submit(
    url: string,
    fields: Record<string, string>,
    options: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams(fields);
    const token = options.csrf === undefined ? this.csrf() : options.csrf;
    if (token !== null) body.set('_csrf', token);
    const res = await this.app.inject({
      ...this.#from(),
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { cookie: this.#cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    this.#keep(res);
    this.lastBody = res.body;
    return res;
  }

  /**
   * Posts a multipart form (a form with file inputs) as a browser would, with the last page's CSRF
   * token unless told otherwise. Each file is `{ name, content, type }`; several for one field
   * are sent as several parts.
   */
  async upload(
    url: string,
    fields: Record<string, string>,
    files: Record<string, UploadFile | readonly UploadFile[]>,
    options: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const form = new FormData();
    const token = options.csrf === undefined ? this.csrf() : options.csrf;
    if (token !== null) form.append('_csrf', token);
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    for (const [key, value] of Object.entries(files))
      for (const file of [value].flat() as UploadFile[])
        form.append(
          key,
          new Blob([file.content], { type: file.type ?? 'application/octet-stream' }),
          file.name,
        );
    // The platform's own encoder, so boundaries and escaping are what browsers send.
    const encoded = new Response(form);
    const res = await this.app.inject({
      ...this.#from(),
      method: 'POST',
      url,
      payload: Buffer.from(await encoded.arrayBuffer()),
      headers: { cookie: this.#cookieHeader(), 'content-type': encoded.headers.get('content-type') ?? '' },
    });
    this.#keep(res);
    this.lastBody = res.body;
    return res;
  }

  /** Follows a 303 as a browser would. */
  async follow(res: LightMyRequestResponse): Promise<LightMyRequestResponse> {
    const location = res.headers.location;
    if (!location) throw new Error(`expected a redirect, got ${res.statusCode}`);
    return this.get(String(location));
  }
}

/** Media types of the bodies tests post as any client might send them. */
export const JSON_BODY = 'application/json';
export const FORM_BODY = 'application/x-www-form-urlencoded';

/** A POST with this body as a client without cookies or a CSRF token sends it. */
export function postBody(
  app: FastifyInstance,
  url: string,
  contentType: string,
  payload: string | Buffer,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
}
