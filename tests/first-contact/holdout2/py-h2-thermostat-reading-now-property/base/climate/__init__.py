from climate.thermostat import Thermostat

__all__ = ["Thermostat"]
