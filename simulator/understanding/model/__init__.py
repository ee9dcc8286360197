"""A small linear model over words and character n-grams that backs up the lexicon.

It is trained from the labelled replies in this folder (train_zh.jsonl, train_en.jsonl) by
`python -m simulator.understanding.model.train`, which writes weights_<lang>.json; then
`python bench/tune_thresholds.py` chooses thresholds.yaml on the development set. The
development set under bench/data/dev is never used for training.
"""
