// The demo program's data: the roster generator, the demo's program settings, the roster `npm start` seeds
// and its newcomer. The in-page demo (`<mentor-program demo>`, browser only) is `@mentor-match/demo/in-page`.
export * from './settings.ts';
export * from './roster.ts';
export * from './program.ts';
export * from './notifications.ts';
