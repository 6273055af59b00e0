import {expect} from '@open-wc/testing';
import {Footnotes} from './footnotes.js';

describe('rights-explainer/footnotes', () => {
  it('numbers sources by first use, with no gap', () => {
    const notes = new Footnotes('p');
    expect(notes.numberOf('b')).to.equal(1);
    expect(notes.numberOf('a')).to.equal(2);
    expect(notes.numberOf('b')).to.equal(1);
    expect(notes.numberOf('c')).to.equal(3);
    expect(notes.entries().map((e) => [e.id, e.n])).to.deep.equal([['b', 1], ['a', 2], ['c', 3]]);
  });

  it('gives each mark its own id and each source every mark that cites it, in order', () => {
    const notes = new Footnotes('pvr');
    expect(notes.addRef('cma')).to.equal('pvr-ref-1-1');
    expect(notes.addRef('cmpa')).to.equal('pvr-ref-2-1');
    expect(notes.addRef('cma')).to.equal('pvr-ref-1-2');
    expect(notes.noteId('cmpa')).to.equal('pvr-note-2');
    expect(notes.entries()).to.deep.equal([
      {id: 'cma', n: 1, refs: ['pvr-ref-1-1', 'pvr-ref-1-2']},
      {id: 'cmpa', n: 2, refs: ['pvr-ref-2-1']},
    ]);
  });

  it('a source asked for by id before any mark gets its number and no back link', () => {
    const notes = new Footnotes('x');
    expect(notes.noteId('only')).to.equal('x-note-1');
    expect(notes.entries()).to.deep.equal([{id: 'only', n: 1, refs: []}]);
  });

  it('starts again from 1 for each render (one instance each)', () => {
    const first = new Footnotes('p');
    first.addRef('a');
    first.addRef('b');
    const second = new Footnotes('p');
    expect(second.addRef('b')).to.equal('p-ref-1-1');
    expect(second.entries()).to.deep.equal([{id: 'b', n: 1, refs: ['p-ref-1-1']}]);
  });
});
