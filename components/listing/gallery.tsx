"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Photo } from "@/components/ui/photo";

export function Gallery({ photos, alt }: { photos: { id: number; key: string }[]; alt: string }) {
  const t = useTranslations("Listing");
  const [active, setActive] = useState(0);
  const current = photos[active] ?? photos[0];
  if (!current) return <div className="aspect-square rounded-2xl bg-ink-100" />;
  return (
    <div className="space-y-3" aria-label={t("photos")}>
      <div className="overflow-hidden rounded-2xl border border-ink-100 bg-white">
        <Photo storageKey={current.key} size={1200} alt={alt} width={800} height={800} className="aspect-square w-full object-cover" data-testid="gallery-main" />
      </div>
      <div className="flex gap-2">
        {photos.map((photo, i) => (
          <button
            key={photo.id}
            type="button"
            onClick={() => setActive(i)}
            aria-label={t("photoOf", { index: i + 1, total: photos.length })}
            aria-current={i === active}
            className={`overflow-hidden rounded-xl border-2 ${i === active ? "border-brand-500" : "border-transparent opacity-80 hover:opacity-100"}`}
          >
            <Photo storageKey={photo.key} size={240} alt="" width={72} height={72} className="h-16 w-16 object-cover md:h-[72px] md:w-[72px]" />
          </button>
        ))}
      </div>
    </div>
  );
}
