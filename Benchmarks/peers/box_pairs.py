"""The box pairs of the ciou-gradient and batch-box-losses peers, as lossviz's
side draws them (from its own generator): target centres uniform in
[0, 100]^2, sides in [1, 20]; prediction centres within +-10 of the target's,
sides in [1, 20]; corner form, float64, seeded."""
import torch


def box_pairs(count, seed=2024):
    """(predictions, targets), each a (count, 4) float64 tensor of x1, y1, x2, y2."""
    generator = torch.Generator().manual_seed(seed)

    def uniform(shape, low, high):
        return low + (high - low) * torch.rand(shape, generator=generator, dtype=torch.float64)

    target_centre = uniform((count, 2), 0, 100)
    target_size = uniform((count, 2), 1, 20)
    prediction_centre = target_centre + uniform((count, 2), -10, 10)
    prediction_size = uniform((count, 2), 1, 20)
    targets = torch.cat([target_centre - target_size / 2, target_centre + target_size / 2], dim=1)
    predictions = torch.cat([prediction_centre - prediction_size / 2, prediction_centre + prediction_size / 2], dim=1)
    return predictions, targets
