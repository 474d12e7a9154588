"""Train floret (hashed subword) vectors on the tokenised raw text."""

import sys

import floret


def main(
    text: str,
    out_prefix: str,
    dim: int,
    bucket: int,
    epochs: int,
    threads: int,
    objective: str = "cbow",  # "skipgram" was tried in session 5 (see the model card)
) -> None:
    model = floret.train_unsupervised(
        text,
        model=objective,
        mode="floret",
        hashCount=2,
        bucket=bucket,
        minn=4,
        maxn=5,
        minCount=5,
        dim=dim,
        epoch=epochs,
        thread=threads,
        lr=0.05,
        ws=5,
        neg=10,
    )
    model.save_floret_vectors(out_prefix + ".floret")
    model.save_model(out_prefix + ".bin")


if __name__ == "__main__":
    main(
        sys.argv[1],
        sys.argv[2],
        int(sys.argv[3]),
        int(sys.argv[4]),
        int(sys.argv[5]),
        int(sys.argv[6]),
        *sys.argv[7:8],
    )
