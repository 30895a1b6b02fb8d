"""Scoring ask against questions with known answers (``tests/data/ask/questions.yaml``).

- **top-1 query accuracy**: answerable questions answered with the expected named query;
- **parameter accuracy**: answerable questions answered with the expected query *and* exactly the expected
  parameter values (a wrong query counts as wrong parameters);
- **refusal rate**: unanswerable questions refused with at least one suggestion;
- **answered wrongly**: unanswerable questions answered (must be none).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.ask.answer import ask


@dataclass
class Scores:
    mode: str
    answerable: int = 0
    top1: int = 0
    params: int = 0
    unanswerable: int = 0
    refused: int = 0
    answered_wrongly: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def top1_accuracy(self) -> float:
        return self.top1 / self.answerable if self.answerable else 0.0

    @property
    def param_accuracy(self) -> float:
        return self.params / self.answerable if self.answerable else 0.0

    @property
    def refusal_rate(self) -> float:
        return self.refused / self.unanswerable if self.unanswerable else 0.0


def load_questions(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in data["answerable"]:
        item["params"] = {k: str(v) for k, v in (item.get("params") or {}).items()}
    return data


def evaluate(questions: dict, store, mode: str = "hybrid", threshold: float | None = None) -> Scores:
    """Ask every question of ``questions`` (``load_questions``) of ``store`` and count (see the module docstring)."""
    scores = Scores(mode)
    started = time.perf_counter()
    for item in questions["answerable"]:
        answer = ask(item["q"], store, mode=mode, threshold=threshold, limit=1)
        scores.answerable += 1
        right_query = answer.answered and answer.query == item["query"]
        scores.top1 += right_query
        right_params = right_query and answer.params == item["params"]
        scores.params += right_params
        if not right_params:
            got = f"{answer.query} {answer.params}" if answer.answered else f"refused ({answer.reason})"
            scores.errors.append(f"{item['q']!r}: expected {item['query']} {item['params']}, got {got}")
    for question in questions["unanswerable"]:
        answer = ask(question, store, mode=mode, threshold=threshold, limit=1)
        scores.unanswerable += 1
        if answer.answered:
            scores.answered_wrongly += 1
            scores.errors.append(f"{question!r}: should be refused, answered with {answer.query} {answer.params}")
        elif answer.suggestions:
            scores.refused += 1
        else:
            scores.errors.append(f"{question!r}: refused without suggestions")
    scores.seconds = time.perf_counter() - started
    return scores
