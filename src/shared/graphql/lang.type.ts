import { LANGS } from '../kernel/lang';
import { enumType } from './enum-type';

export { LANGS, inLang, type Lang } from '../kernel/lang';

export const LangEnum = enumType(LANGS, 'Lang', 'A language for texts shown to guests: FR French, EN English');
