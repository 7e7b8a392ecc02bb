// Vite builds the TSX itself (oxc, React's automatic runtime); no React plugin is needed to build.
export default {
  oxc: { jsx: { runtime: 'automatic' } },
};
