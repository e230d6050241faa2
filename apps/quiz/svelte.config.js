import adapter from '@sveltejs/adapter-node';

// SvelteKit reads its config through the default export.
export default {
  kit: {
    adapter: adapter(),
    // SvelteKit puts a nonce on its own inline script; nothing else inline may run or style the page.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // The one style attribute allowed: SvelteKit's route announcer, which hides itself with it.
        'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none']
      }
    }
  }
};
