import request, { type Response } from 'supertest';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * Calls the API and keeps the raw text of every response, so that a test can prove that no
 * response of a whole flow ever contained a secret (password hash, token hash).
 */
export class ApiRecorder {
  readonly responses: Array<{ what: string; status: number; text: string; headers: string }> = [];

  constructor(private readonly baseUrl: string) {}

  async call(
    method: Method,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    let req = request(this.baseUrl)[method](path);
    if (options.token) req = req.set('Authorization', `Bearer ${options.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
    const res = options.body === undefined ? await req : await req.send(options.body as object);
    this.responses.push({
      what: `${method.toUpperCase()} ${path}`,
      status: res.status,
      text: res.text ?? '',
      headers: JSON.stringify(res.headers),
    });
    return res;
  }

  /** Responses whose body or headers contain any of `secrets` (or a hash-like field name). */
  leaks(secrets: string[]): string[] {
    const found: string[] = [];
    for (const r of this.responses) {
      const all = r.text + r.headers;
      if (/passwordHash|password_hash|tokenHash|token_hash|\$argon2/i.test(all)) found.push(r.what);
      for (const secret of secrets)
        if (secret && all.includes(secret)) found.push(`${r.what}: ${secret.slice(0, 12)}…`);
    }
    return found;
  }
}
