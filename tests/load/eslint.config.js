import { base } from '@newsquiz/config/eslint';

export default base;
