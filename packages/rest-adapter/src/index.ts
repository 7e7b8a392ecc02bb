// @mentor-match/rest-adapter: MentoringAdapter over the mentor-match REST API.
export { RestAdapter, createRestAdapter } from './rest-adapter.ts';
export type { RestAdapterOptions } from './http.ts';
