"""Layered configuration for the feed reader: defaults < file < command line."""
import collections
import copy


def deep_merge(base, override):
    """Returns a new mapping: `override` wins, nested mappings are merged key by key."""
    result = copy.deepcopy(dict(base))
    for key, value in override.items():
        current = result.get(key)
        if isinstance(current, collections.Mapping) and isinstance(value, collections.Mapping):
            result[key] = deep_merge(current, value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def layered(*layers):
    """Merges any number of layers, later ones winning."""
    merged = {}
    for layer in layers:
        merged = deep_merge(merged, layer)
    return merged
