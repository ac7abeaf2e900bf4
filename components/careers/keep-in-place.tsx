'use client';

import { Component, type ReactNode } from 'react';

/** A press this recent still says where the candidate is aiming (a tap on a label moves focus to <body>). */
const PRESS_MS = 1000;

type Snapshot = { anchor: Element; top: number } | null;

/**
 * Keeps what the candidate is on (the focused field, else what they just
 * pressed) at the same place on screen when the form above it changes height
 * in one render, e.g. the inline error shown on leaving the field above: the
 * page scrolls by the same amount before the browser paints, so the next field
 * and everything below stay under the finger however long the error's text is.
 * A class because only getSnapshotBeforeUpdate reads the layout before React
 * changes the DOM; there is no hook for it. Wrap an element styled
 * `[overflow-anchor:none]` so the browser's own scroll anchoring never adds to it.
 */
export class KeepInPlace extends Component<{ children: ReactNode }> {
  private pressed: { target: Element; at: number } | null = null;

  private readonly onPointerDown = (event: PointerEvent) => {
    if (event.target instanceof Element) this.pressed = { target: event.target, at: performance.now() };
  };

  componentDidMount() {
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  componentWillUnmount() {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  private anchor(): Element | null {
    const focused = document.activeElement;
    if (focused && focused !== document.body) return focused;
    const pressed = this.pressed;
    return pressed && pressed.target.isConnected && performance.now() - pressed.at < PRESS_MS ? pressed.target : null;
  }

  getSnapshotBeforeUpdate(): Snapshot {
    const anchor = this.anchor();
    return anchor ? { anchor, top: anchor.getBoundingClientRect().top } : null;
  }

  componentDidUpdate(_props: unknown, _state: unknown, snapshot: Snapshot) {
    if (!snapshot?.anchor.isConnected) return;
    const moved = snapshot.anchor.getBoundingClientRect().top - snapshot.top;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  }

  render() {
    return this.props.children;
  }
}
