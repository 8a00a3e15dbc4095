import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, translator } from '../i18n/index.ts';
import { AppError, codeForStatus, type FieldError, type ProblemCode, problems } from './errors.ts';

/** Requests answered in JSON: the API and the standards' endpoints; everything else gets pages. */
export function wantsJson(request: FastifyRequest): boolean {
  const path = request.url;
  return (
    path.startsWith('/api/') ||
    path === '/healthz' ||
    path === '/readyz' ||
    /\.json(\?|$)/.test(path) ||
    (request.headers.accept?.includes('application/json') === true &&
      !request.headers.accept.includes('text/html'))
  );
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: ProblemCode;
  errors?: readonly FieldError[];
  requestId: string;
}

export function problemBody(
  request: FastifyRequest,
  code: ProblemCode,
  detail?: string,
  errors?: readonly FieldError[],
): ProblemBody {
  const locale: Locale = request.locale ?? 'en';
  return {
    type: `/problems/${code}`,
    title: problems[code][locale],
    status: problems[code].status,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0] as string,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    requestId: request.id,
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

interface FastifyValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Fastify's schema errors as one entry per field: `query.limit`, `body.name`. */
export function fieldErrorsFromValidation(
  context: string | undefined,
  issues: readonly FastifyValidationIssue[],
): FieldError[] {
  const where = context === 'querystring' ? 'query' : (context ?? 'request');
  return issues.map((issue) => {
    const missing = issue.params?.missingProperty ?? issue.params?.requiredProperties;
    const extra = issue.params?.additionalProperty;
    const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const name = [path, typeof missing === 'string' ? missing : '', typeof extra === 'string' ? extra : '']
      .filter(Boolean)
      .join('.');
    return { field: name ? `${where}.${name}` : where, message: issue.message ?? 'is not valid' };
  });
}

/** Turns anything thrown into a catalogue code, detail and field errors; 5xx detail is hidden. */
export function classify(error: unknown): { code: ProblemCode; detail?: string; errors?: FieldError[] } {
  if (error instanceof AppError) return { code: error.code, detail: error.detail, errors: [...error.errors] };
  const e = error as {
    statusCode?: number;
    validation?: FastifyValidationIssue[];
    validationContext?: string;
    message?: string;
    code?: string;
  };
  if (e.validation) {
    return {
      code: 'validation-failed',
      errors: fieldErrorsFromValidation(e.validationContext, e.validation),
    };
  }
  const status = e.statusCode ?? 500;
  if (status >= 500) return { code: codeForStatus(status) };
  if (e.code === 'FST_CSRF_INVALID_TOKEN' || e.code === 'FST_CSRF_MISSING_SECRET')
    return { code: 'csrf-failed' };
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return { code: 'unsupported-media-type', detail: e.message };
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { code: 'payload-too-large', detail: e.message };
  return { code: codeForStatus(status), detail: e.message };
}

export { translator };
