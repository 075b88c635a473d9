import express, { type ErrorRequestHandler, type Express } from 'express';

export const MAX_BODY_BYTES = 64 * 1024;

/** JSON bodies up to 64 KiB; malformed or oversized bodies get a JSON error naming the problem. */
export function installJsonBody(app: Express): void {
  app.use(express.json({ limit: MAX_BODY_BYTES, strict: true }));
  const onBodyError: ErrorRequestHandler = (error: { type?: string; message?: string }, _req, res, next) => {
    if (error?.type === 'entity.parse.failed') {
      res.status(400).json({ statusCode: 400, error: 'Bad Request', message: `malformed JSON body: ${error.message}` });
    } else if (error?.type === 'entity.too.large') {
      res.status(413).json({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `request body exceeds ${MAX_BODY_BYTES} bytes`,
      });
    } else if (error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
      res.status(415).json({ statusCode: 415, error: 'Unsupported Media Type', message: String(error.message) });
    } else {
      next(error);
    }
  };
  app.use(onBodyError);
}
