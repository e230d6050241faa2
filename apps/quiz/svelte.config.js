import adapter from '@sveltejs/adapter-node';

// SvelteKit reads its config through the default export.
export default {
  kit: {
    adapter: adapter()
  }
};
