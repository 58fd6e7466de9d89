// newsfaq/server: the HTTP API, editors' desk and reader pages.
export { startServer, type StartOptions, type RunningServer } from './server/serve.js';
export { createApp, createServerContext } from './server/app.js';
