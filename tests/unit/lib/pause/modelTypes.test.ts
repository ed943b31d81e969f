import { describe, expect, it } from 'vitest';
import {
  WEIGHT_SCALE,
  featureHash,
  packModel,
  unpackModel,
  weightIn,
  type PauseModel,
} from '@/lib/pause/modelTypes';
import { SHIPPED_MODEL } from '@/lib/pause/shippedModel';

const thresholds = {
  en: { gentle: 2, balanced: 1, watchful: 0.5 },
  es: { gentle: 2, balanced: 1, watchful: 0.5 },
};

function modelOf(weights: Record<string, number>): PauseModel {
  const entries = Object.entries(weights)
    .map(([name, w]) => [featureHash(name), w] as const)
    .sort((a, b) => a[0] - b[0]);
  return {
    bias: -1.5,
    hashes: Uint32Array.from(entries, ([h]) => h),
    weights: Int8Array.from(entries, ([, w]) => w),
    thresholds,
  };
}

describe('the model as it travels from the background to a page', () => {
  it('comes back from its shipped form with every weight, negative ones and extremes too', () => {
    const model = modelOf({ 'w:mad': 30, 'b:at me': 127, 'w:meeting': -38, 'k:task': -128 });
    const back = unpackModel(structuredClone(packModel(model)));
    expect(back.bias).toBe(-1.5);
    expect(back.thresholds).toEqual(thresholds);
    expect(weightIn(back, 'w:mad')).toBe(30 / WEIGHT_SCALE);
    expect(weightIn(back, 'b:at me')).toBe(127 / WEIGHT_SCALE);
    expect(weightIn(back, 'w:meeting')).toBe(-38 / WEIGHT_SCALE);
    expect(weightIn(back, 'k:task')).toBe(-128 / WEIGHT_SCALE);
    expect(weightIn(back, 'w:keys')).toBe(0);
  });

  it('refuses a model cut short on the way', () => {
    const shipped = packModel(modelOf({ 'w:mad': 30, 'w:sad': 10 }));
    expect(() => unpackModel({ ...shipped, count: shipped.count + 1 })).toThrow();
  });

  it('ships the model whole: what a page decodes packs back to the same bytes', () => {
    const model = unpackModel(SHIPPED_MODEL);
    expect(model.hashes.length).toBe(SHIPPED_MODEL.count);
    expect(packModel(model).table).toBe(SHIPPED_MODEL.table);
  });
});
