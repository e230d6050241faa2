import { sveltePackage } from '@newsquiz/config/eslint';

export default sveltePackage;
