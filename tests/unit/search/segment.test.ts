import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../search/embedded/query';
import { hanQueryWords, indexTerms, normalize, stem } from '../../../search/segment';

describe('segmentation', () => {
  it('folds full-width letters and case', () => {
    expect(normalize('ＡＩ质检 ５Ｇ')).toBe('ai质检 5g');
  });

  it('keeps domain words whole and glues the single characters the segmenter leaves', () => {
    expect(hanQueryWords('钙钛矿太阳能电池')).toEqual(['钙钛矿', '太阳能', '电池']);
    expect(hanQueryWords('锂电池回收')).toEqual(['锂电池', '回收']);
    expect(hanQueryWords('水下滑翔机')).toEqual(['水下滑翔机']);
    expect(hanQueryWords('基于深度学习的质检')).toEqual(['基于', '深度', '学习', '质检']);
  });

  it('indexes Han unigrams and bigrams, so any sub-word is found', () => {
    const terms = indexTerms('测试工具箱');
    for (const t of ['工具', '具箱', '测试', '工']) expect(terms.has(t)).toBe(true);
  });

  it('stems English inflections together', () => {
    expect(stem('batteries')).toBe(stem('battery'));
    expect(stem('sensors')).toBe(stem('sensor'));
    expect(stem('imaging')).toBe(stem('image'));
    expect(stem('processed')).toBe(stem('processing'));
  });

  it('expands a synonym into alternatives and marks the unfinished last word as a prefix', () => {
    const q = parseQuery('锂电池 回收');
    expect(q.words[0]!.alternatives.map((a) => a.map((x) => x.text).join('+'))).toContain('锂离子电池');
    const typed = parseQuery('perovsk');
    expect(typed.words[0]!.alternatives[0]![0]).toMatchObject({ kind: 'latin', prefix: true });
    expect(parseQuery('perovskite ').words[0]!.alternatives[0]![0]).toMatchObject({ prefix: false });
  });
});
