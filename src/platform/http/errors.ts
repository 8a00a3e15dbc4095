/**
 * The one error catalogue. Every error a user or client can meet has a stable code, an HTTP
 * status and a title in both languages; `/problems/<code>` documents it (RFC 9457 `type`).
 */
export const problems = {
  'bad-request': { status: 400, mn: 'Хүсэлт буруу байна', en: 'The request is malformed' },
  unauthorized: { status: 401, mn: 'Нэвтрэх шаардлагатай', en: 'Sign-in required' },
  forbidden: { status: 403, mn: 'Хандах эрхгүй', en: 'Not allowed' },
  'csrf-failed': {
    status: 403,
    mn: 'Маягтын хугацаа дууссан эсвэл өөр сайтаас ирсэн байна. Хуудсыг дахин ачаалаад оролдоно уу',
    en: 'The form has expired or did not come from this site. Reload the page and try again',
  },
  'not-found': { status: 404, mn: 'Хуудас олдсонгүй', en: 'Not found' },
  'method-not-allowed': { status: 405, mn: 'Энэ аргаар хандах боломжгүй', en: 'Method not allowed' },
  conflict: { status: 409, mn: 'Зөрчилтэй хүсэлт', en: 'Conflict with the current state' },
  'payload-too-large': { status: 413, mn: 'Илгээсэн өгөгдөл хэт том байна', en: 'Payload too large' },
  'unsupported-media-type': { status: 415, mn: 'Өгөгдлийн төрлийг дэмжихгүй', en: 'Unsupported media type' },
  'validation-failed': { status: 422, mn: 'Өгөгдөл буруу байна', en: 'The input is not valid' },
  'too-many-requests': { status: 429, mn: 'Хэт олон хүсэлт', en: 'Too many requests' },
  internal: { status: 500, mn: 'Системийн алдаа гарлаа', en: 'Something went wrong on our side' },
  unavailable: { status: 503, mn: 'Үйлчилгээ түр ажиллахгүй байна', en: 'Service unavailable' },
} as const;

export type ProblemCode = keyof typeof problems;

export interface FieldError {
  /** Where the problem is: `query.limit`, `body.email`, `row 12, column "name"`. */
  field: string;
  message: string;
}

/** An error meant for the user: its code picks status and title from the catalogue. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[];
  constructor(code: ProblemCode, detail?: string, errors: readonly FieldError[] = []) {
    super(detail ?? problems[code].en);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
  get status(): number {
    return problems[this.code].status;
  }
}

export const notFound = (detail?: string) => new AppError('not-found', detail);
export const validationFailed = (errors: readonly FieldError[], detail?: string) =>
  new AppError('validation-failed', detail, errors);

/** The status an HTTP status maps to in the catalogue, for errors raised by Fastify itself. */
export function codeForStatus(status: number): ProblemCode {
  for (const [code, problem] of Object.entries(problems))
    if (problem.status === status) return code as ProblemCode;
  return status >= 500 ? 'internal' : 'bad-request';
}
