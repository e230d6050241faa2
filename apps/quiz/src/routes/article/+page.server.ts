import { redirect } from '@sveltejs/kit';
import { articlePath, defaultArticleId } from '$lib/server/platform/articles';
import type { PageServerLoad } from './$types';

// The reader's first address, before there was more than one article: links to it, evidence links among
// them, keep working.
export const load: PageServerLoad = ({ url }) =>
  redirect(308, `${articlePath(defaultArticleId)}${url.search}`);
