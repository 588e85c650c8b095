import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { RouterProvider, useRouter, type Router } from './router';

/** The router of the rendered Probe, for the test to drive. */
const probe: { router?: Router } = {};

function Probe() {
  const current = useRouter();
  useEffect(() => {
    probe.router = current;
  });
  return <p>{`${current.route.screen}#${current.route.key}`}</p>;
}

function router(): Router {
  if (!probe.router) throw new Error('Probe not rendered');
  return probe.router;
}

function current(): [string, number] {
  const [screenId, key] = (screen.getByRole('paragraph').textContent ?? '').split('#');
  return [screenId ?? '', Number(key)];
}

describe('router', () => {
  it('starts at home; navigate pushes, back pops, back at home stays home', () => {
    render(
      <RouterProvider>
        <Probe />
      </RouterProvider>,
    );
    expect(current()[0]).toBe('home');
    act(() => router().navigate('report'));
    act(() => router().navigate('status'));
    expect(current()[0]).toBe('status');
    act(() => router().back());
    expect(current()[0]).toBe('report');
    act(() => router().back());
    act(() => router().back());
    expect(current()[0]).toBe('home');
  });

  it('replace swaps the top entry; home clears the history', () => {
    render(
      <RouterProvider>
        <Probe />
      </RouterProvider>,
    );
    act(() => router().navigate('report'));
    act(() => router().replace('status'));
    act(() => router().back());
    expect(current()[0]).toBe('home');
    act(() => router().navigate('policies'));
    act(() => router().navigate('clerk'));
    act(() => router().home());
    expect(current()[0]).toBe('home');
    act(() => router().back());
    expect(current()[0]).toBe('home');
  });

  it('gives every visit its own key, so a revisited screen is mounted afresh', () => {
    render(
      <RouterProvider>
        <Probe />
      </RouterProvider>,
    );
    act(() => router().navigate('report'));
    const first = current()[1];
    act(() => router().home());
    act(() => router().navigate('report'));
    expect(current()[1]).not.toBe(first);
  });
});
