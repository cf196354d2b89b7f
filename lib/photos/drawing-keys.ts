// Kinds of object the product illustrations can draw (lib/photos/illustrations.ts has one drawer each).
export const drawingKeys = [
  "phone-case", "charger", "cable", "earbuds", "headphones", "power-bank",
  "pan", "pot", "mug", "plate", "bottle", "storage-box", "knife", "cutting-board",
  "tshirt", "hoodie", "jacket", "socks", "cap",
  "sneaker", "handbag", "backpack",
  "teddy", "toy-car", "blocks", "ball",
  "makeup-brush", "comb", "hair-dryer", "nail-polish",
  "dumbbell", "yoga-mat", "tent", "helmet",
  "bulb", "desk-lamp", "smart-plug",
  "pen", "notebook", "desk-organizer",
  "watch", "necklace", "hair-clip", "sunglasses", "umbrella",
  "pillow", "towel", "rug",
  "hammer", "screwdriver", "drill", "screws",
] as const;
export type DrawingKey = (typeof drawingKeys)[number];
