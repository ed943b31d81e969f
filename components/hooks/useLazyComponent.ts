import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component loaded with a dynamic import once `wanted` is true (at once, or on a tap). Parts
 * of a page that only some visits need stay out of what every visit loads.
 */
export function useLazyComponent<P>(
  load: () => Promise<ComponentType<P>>,
  wanted = true,
): ComponentType<P> | undefined {
  const [component, setComponent] = useState<ComponentType<P>>();
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    void load().then((loaded) => live && setComponent(() => loaded));
    return () => {
      live = false;
    };
  }, [wanted]);
  return component;
}
