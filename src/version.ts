/** newsfaq's version, carried in every FAQ it writes. Keep in step with package.json. */
export const VERSION = '0.1.0';
