#!/usr/bin/env python3
"""Runs the W3C Web Annotation test suite's MUST assertions on a Sourcelight W3C export.

Usage: w3c_annotation_check.py EXPORT.jsonld SUITE_DIR

SUITE_DIR holds the suite's files as tests/data/w3c-annotation/README.md describes: the *Musts.test files, the
assertion files they name and the shared definitions. The AnnotationCollection is checked with
collections/collectionMusts.test, every AnnotationPage (the embedded first page and each page in "@included") with
collections/pages/pageMusts.test, and every Annotation of every page with the annotation, body, target and
Specific Resource MUST tests.

The assertions are applied as the suite's own runner (annotation-model/scripts/JSONtest.js) applies them: an
assertion passes when validating against it gives its "expectedResult" ("valid" unless it says "invalid");
"onUnexpectedResult" decides whether the rest of its list still runs; "compareWith" objects combine the results of
their "assertions"; an unexpected result is a failure when "assertionType" is "must" (the default), a warning for
"should" and a note for "may". JSON Schema draft 04, with "$ref" resolved between the suite's files by their ids,
and the "uri" and "date-time" formats checked as that runner's validator (Ajv) checks them by default.

Prints one line per failed assertion and a summary; exit status 0 when every MUST assertion held, 1 when one did
not, 2 when the input or the suite could not be read.
"""

import json
import os
import re
import sys
import warnings

try:
    import jsonschema
except ImportError:  # pragma: no cover - reported, not hidden
    print("w3c_annotation_check: python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)

COLLECTION_TESTS = ["collections/collectionMusts.test"]
PAGE_TESTS = ["collections/pages/pageMusts.test"]
ANNOTATION_TESTS = [
    "annotations/annotationMusts.test",
    "bodiesTargets/bodyMusts.test",
    "bodiesTargets/targetMusts.test",
    "specificResource/specificResourceMusts.test",
]

# Ajv's default ("fast") formats, which the suite's runner validates with.
URI = re.compile(r"^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$", re.IGNORECASE)
DATE_TIME = re.compile(
    r"^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$",
    re.IGNORECASE)

FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("uri")
def _is_uri(value):
    return not isinstance(value, str) or URI.match(value) is not None


@FORMATS.checks("date-time")
def _is_date_time(value):
    return not isinstance(value, str) or DATE_TIME.match(value) is not None


class Suite:
    """The suite's files, loaded once; resolves "$ref" between them by their "id"."""

    def __init__(self, root):
        self.root = root
        self.assertions = {}
        self.store = {}
        definitions = os.path.join(root, "definitions")
        for name in sorted(os.listdir(definitions)):
            if name.endswith(".json"):
                schema = self._load(os.path.join(definitions, name))
                self.store[schema.get("id", name)] = schema
        self.tests = {}

    @staticmethod
    def _load(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def test(self, relative):
        if relative not in self.tests:
            self.tests[relative] = self._load(os.path.join(self.root, relative))
        return self.tests[relative]

    def assertion(self, reference, test_dir):
        # JSONtest.js: a name without a slash is in the test's folder, one with a slash is under the suite's root.
        relative = reference if "/" in reference else os.path.join(test_dir, reference)
        if relative not in self.assertions:
            schema = self._load(os.path.join(self.root, relative))
            schema["assertionFile"] = reference
            self.assertions[relative] = schema
        return self.assertions[relative]

    def valid(self, schema, instance):
        store = dict(self.store)
        if "id" in schema:
            store[schema["id"]] = schema
        with warnings.catch_warnings():
            # RefResolver is deprecated in favour of the referencing library, but is the one API every
            # jsonschema 4.x has; draft-04 ids are plain relative file names here.
            warnings.simplefilter("ignore", DeprecationWarning)
            resolver = jsonschema.RefResolver(base_uri=schema.get("id", ""), referrer=schema, store=store)
            validator = jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=FORMATS)
            return validator.is_valid(instance)


class Result:
    def __init__(self):
        self.checked = 0
        self.failures = []
        self.warnings = []


def expected(assertion, valid):
    return valid == (assertion.get("expectedResult", "valid") == "valid")


def action_after(assertion, passed):
    if passed:
        return "continue"
    return {
        "failAndSkip": "skip", "passAndSkip": "skip", "failAndAbort": "abort", "passAndAbort": "abort",
    }.get(assertion.get("onUnexpectedResult", "failAndContinue"), "continue")


def report(result, where, test, assertion, passed):
    result.checked += 1
    if passed:
        return
    kind = assertion.get("assertionType", "must").lower()
    title = re.sub(r"\s*-?\s*\[model [^\]]*\]\([^)]*\)(, )?", "", assertion.get("title", "")).replace("**", "")
    line = "%s: %s: %s -- %s" % (where, assertion.get("assertionFile", test["name"]), title,
                                 assertion.get("errorMessage", "Result was not " + assertion.get("expectedResult",
                                                                                                     "valid")))
    if kind == "should":
        result.warnings.append("WARNING: " + line)
    elif kind == "may":
        result.warnings.append("INFORMATIONAL: " + line)
    else:
        result.failures.append(line)


def run_list(suite, test, test_dir, assertions, instance, where, result):
    """Runs an assertion list as JSONtest.js runTests does; returns (action, results of the list)."""
    action = "continue"
    results = []
    for entry in assertions:
        if action != "continue":
            break
        if isinstance(entry, list):
            nested, _ = run_list(suite, test, test_dir, entry, instance, where, result)
            if nested == "abort":
                return "abort", results
            continue
        if isinstance(entry, dict) and "compareWith" in entry and isinstance(entry.get("assertions"), list):
            _, children = run_list(suite, test, test_dir, entry["assertions"], instance, where, result)
            passed = any(children) if entry["compareWith"] == "or" else all(children)
            report(result, where, test, entry, passed)
            results.append(passed)
            action = action_after(entry, passed)
            continue
        if isinstance(entry, str):
            assertion = suite.assertion(entry, test_dir)
        elif "assertionFile" in entry:
            assertion = dict(suite.assertion(entry["assertionFile"], test_dir))
            assertion.update({k: v for k, v in entry.items() if k != "assertionFile"})
        else:
            assertion = entry
        passed = expected(assertion, suite.valid(assertion, instance))
        report(result, where, test, assertion, passed)
        results.append(passed)
        action = action_after(assertion, passed)
    return action, results


def run_tests(suite, names, instance, where, result):
    for name in names:
        test = suite.test(name)
        run_list(suite, test, os.path.dirname(name), test["assertions"], instance, where, result)


def label(kind, value, index):
    name = value.get("id") if isinstance(value, dict) else None
    return "%s %s" % (kind, name if isinstance(name, str) else "#%d" % index)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            collection = json.load(f)
        suite = Suite(argv[2])
    except (OSError, ValueError) as error:
        print("w3c_annotation_check: %s" % error, file=sys.stderr)
        return 2

    result = Result()
    run_tests(suite, COLLECTION_TESTS, collection, label("collection", collection, 0), result)
    pages = []
    if isinstance(collection.get("first"), dict):
        pages.append(collection["first"])
    pages.extend(page for page in collection.get("@included", []) if isinstance(page, dict))
    annotations = 0
    for p, page in enumerate(pages):
        run_tests(suite, PAGE_TESTS, page, label("page", page, p), result)
        for item in page.get("items", []):
            if isinstance(item, dict):
                run_tests(suite, ANNOTATION_TESTS, item, label("annotation", item, annotations), result)
                annotations += 1

    for line in result.warnings + result.failures:
        print(line)
    print("checked 1 collection, %d pages, %d annotations: %d assertions, %d MUST failures, %d warnings"
          % (len(pages), annotations, result.checked, len(result.failures), len(result.warnings)))
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
