import { describe, expect, it } from 'vitest';
import { stepKind } from './step-kind.js';

const role = (family: string, band: number, track: 'ic' | 'management', titleSettlesTrack = true) => ({ family: family as 'product-management', band, track, titleSettlesTrack });

describe('stepKind: a step is named by its two ends', () => {
  it('calls a move up on the same track of a family a promotion', () => {
    expect(stepKind(role('product-management', 3, 'ic'), role('product-management', 4, 'ic'))).toBe('promotion');
    expect(stepKind(role('product-management', 6, 'management'), role('product-management', 8, 'management'))).toBe('promotion');
  });

  it('calls a change of track on the same band, or one band apart, a track switch', () => {
    expect(stepKind(role('product-management', 5, 'ic'), role('product-management', 5, 'management'))).toBe('track-switch');
    expect(stepKind(role('product-management', 5, 'ic'), role('product-management', 6, 'management'))).toBe('track-switch');
  });

  it('refuses a change of track that also climbs two bands: that is two steps', () => {
    expect(stepKind(role('product-management', 3, 'ic'), role('product-management', 5, 'management'))).toBeNull();
  });

  it('says plainly when a move drops a band, whatever else changes', () => {
    expect(stepKind(role('product-management', 5, 'management'), role('product-management', 4, 'ic'))).toBe('step-down');
    expect(stepKind(role('product-management', 6, 'management'), role('product-management', 5, 'ic'))).toBe('step-down');
    expect(stepKind(role('project-management', 2, 'ic'), role('product-management', 1, 'ic'))).toBe('step-down');
  });

  it('calls a move into another family at the same band or higher lateral', () => {
    expect(stepKind(role('product-analytics', 3, 'ic'), role('product-management', 3, 'ic'))).toBe('lateral');
  });

  it('treats a lead whose title leaves the track open as on both tracks', () => {
    expect(stepKind(role('product-marketing', 4, 'ic', false), role('product-marketing', 6, 'management'))).toBe('promotion');
  });

  it('finds no step between two roles on the same band and track, unless the specialty changes (a lateral move)', () => {
    expect(stepKind(role('product-management', 2, 'ic'), role('product-management', 2, 'ic'))).toBeNull();
    expect(stepKind(role('product-management', 3, 'ic'), { ...role('product-management', 3, 'ic'), specialty: 'ai' })).toBe('lateral');
  });
});
