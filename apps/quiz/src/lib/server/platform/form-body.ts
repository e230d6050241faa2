import { error } from '@sveltejs/kit';

/** What a sender is told when its form cannot be read at all. */
export const unreadableFormMessage =
  'The form did not arrive whole (it was cut short or is not valid form data): send it again.';

/**
 * Makes the request's form, when its body cannot be read as one (a multipart body cut short, a boundary
 * missing), a 400 with a message rather than a TypeError and a 500. The handle hook does this to every
 * request with a body, so no action needs its own catch around `request.formData()`. It changes the request
 * itself and returns it: a new Request around it would copy its headers, follow its abort signal through a
 * finalization registry and pipe its body through a stream of its own, which cost more than reading a form.
 */
export function guardFormReading(request: Request): Request {
  const readForm = request.formData.bind(request);
  Object.defineProperty(request, 'formData', {
    configurable: true,
    value: async (): Promise<FormData> => {
      const unread = !request.bodyUsed;
      try {
        return await readForm();
      } catch (failure) {
        // undici answers a body it cannot parse with a TypeError. A body read twice is the code's mistake,
        // and a body over the size limit keeps the 413 its own error carries.
        if (unread && failure instanceof TypeError) error(400, unreadableFormMessage);
        throw failure;
      }
    }
  });
  return request;
}
