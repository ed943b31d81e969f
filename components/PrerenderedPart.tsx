import type { ComponentType } from 'preact';

/**
 * A lazily loaded part of a page whose first view is in the prerendered HTML (scripts/prerender/).
 * Until its code arrives, the part's element keeps whatever DOM it holds: hydration does not
 * touch the children of an element rendered with dangerouslySetInnerHTML. When the code
 * arrives, the part renders in its place, in the same task, to the same markup, so nothing
 * is seen to change. At build time the prerender supplies the component up front
 * (`prerenderWith`), since it cannot wait for a dynamic import.
 */
const atBuild = new Map<string, ComponentType>();
const KEEP = { __html: '' };

/** Build time only (scripts/prerender/pages.tsx): the component to draw for `name`. */
export function prerenderWith(name: string, component: ComponentType): void {
  atBuild.set(name, component);
}

interface Props {
  name: string;
  /** The loaded component, once its code has arrived. */
  component: ComponentType | undefined;
}

export function PrerenderedPart({ name, component }: Props) {
  const Part = component ?? atBuild.get(name);
  // display: contents (base.css), so the wrapper changes no layout.
  if (Part) {
    return (
      <div class="part">
        <Part />
      </div>
    );
  }
  return <div class="part" dangerouslySetInnerHTML={KEEP} />;
}
