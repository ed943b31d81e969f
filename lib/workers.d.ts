// Vite's `?worker` imports (https://vite.dev/guide/features#import-with-query-suffixes): the
// module's default export is a Worker constructor for the bundled worker file.
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
