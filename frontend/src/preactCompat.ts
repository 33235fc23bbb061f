import { options, type Ref, type VNode } from 'preact';

/*
 * What the screens rely on from React DOM that preact/compat leaves to the browser. Imported before anything
 * renders (main.tsx, and the unit tests' setup so that they see what the app does).
 */

/*
 * autoFocus: React focuses the element when it mounts. Preact would only write the autofocus attribute, which the
 * browser honours once a page (the sign-in field uses that up): a confirmation's button or a form opened later
 * would not take the focus. So the attribute is dropped and the element focused once, when its ref is attached.
 */
const focused = new WeakSet<Element>();

function focusOnMount(own: Ref<Element> | null | undefined) {
  return (element: Element | null) => {
    if (element instanceof HTMLElement && !focused.has(element)) {
      focused.add(element);
      element.focus();
    }
    if (typeof own === 'function') return own(element);
    if (own) own.current = element;
  };
}

const previousVNodeHook = options.vnode;
options.vnode = (vnode: VNode) => {
  const props = vnode.props as { autoFocus?: unknown };
  if (typeof vnode.type === 'string' && props.autoFocus) {
    // a copy: the props object may be one that the component still holds
    const { autoFocus: _dropped, ...rest } = props;
    vnode.props = rest as VNode['props'];
    vnode.ref = focusOnMount(vnode.ref as Ref<Element> | null | undefined);
  }
  previousVNodeHook?.(vnode);
};
